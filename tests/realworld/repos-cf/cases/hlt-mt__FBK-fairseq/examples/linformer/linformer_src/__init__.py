stub: upstream file of 224 bytes
