stub: upstream file of 16100 bytes
