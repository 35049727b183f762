stub: upstream file of 15118 bytes
