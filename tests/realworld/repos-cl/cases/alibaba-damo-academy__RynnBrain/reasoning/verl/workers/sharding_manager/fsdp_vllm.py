stub: upstream file of 16258 bytes
