stub: upstream file of 31160 bytes
