stub: upstream file of 7023 bytes
