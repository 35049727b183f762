stub: upstream file of 17120 bytes
