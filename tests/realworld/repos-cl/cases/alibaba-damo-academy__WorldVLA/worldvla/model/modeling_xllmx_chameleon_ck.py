stub: upstream file of 18904 bytes
