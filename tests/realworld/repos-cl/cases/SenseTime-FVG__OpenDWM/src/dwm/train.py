stub: upstream file of 8409 bytes
