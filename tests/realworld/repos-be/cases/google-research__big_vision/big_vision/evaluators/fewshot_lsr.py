stub: upstream file of 9307 bytes
