stub: upstream file of 16297 bytes
