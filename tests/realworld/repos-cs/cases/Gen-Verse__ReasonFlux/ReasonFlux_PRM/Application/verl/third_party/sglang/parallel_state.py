stub: upstream file of 13963 bytes
