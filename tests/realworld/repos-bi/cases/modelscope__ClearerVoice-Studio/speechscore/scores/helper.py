stub: upstream file of 13297 bytes
