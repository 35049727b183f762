stub: upstream file of 16530 bytes
