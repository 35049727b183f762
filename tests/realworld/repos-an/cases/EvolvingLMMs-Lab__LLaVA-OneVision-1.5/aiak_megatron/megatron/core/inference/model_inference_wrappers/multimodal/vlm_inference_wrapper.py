stub: upstream file of 8904 bytes
