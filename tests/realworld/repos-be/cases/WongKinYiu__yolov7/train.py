stub: upstream file of 38033 bytes
