stub: upstream file of 6904 bytes
