stub: upstream file of 27403 bytes
