stub: upstream file of 8410 bytes
