stub: upstream file of 4864 bytes
