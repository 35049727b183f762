stub: upstream file of 34864 bytes
