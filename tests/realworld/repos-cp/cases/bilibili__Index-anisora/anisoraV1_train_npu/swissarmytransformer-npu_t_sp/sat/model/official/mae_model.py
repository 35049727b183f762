stub: upstream file of 8138 bytes
