stub: upstream file of 47237 bytes
