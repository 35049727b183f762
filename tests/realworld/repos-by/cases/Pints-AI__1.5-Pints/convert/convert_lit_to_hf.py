stub: upstream file of 19513 bytes
