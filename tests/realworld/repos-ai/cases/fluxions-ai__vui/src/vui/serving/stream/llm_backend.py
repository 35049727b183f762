stub: upstream file of 17501 bytes
