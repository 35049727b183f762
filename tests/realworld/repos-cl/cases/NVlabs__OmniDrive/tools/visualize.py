stub: upstream file of 904 bytes
