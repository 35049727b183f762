stub: upstream file of 8970 bytes
