stub: upstream file of 8094 bytes
