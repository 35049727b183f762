stub: upstream file of 14894 bytes
