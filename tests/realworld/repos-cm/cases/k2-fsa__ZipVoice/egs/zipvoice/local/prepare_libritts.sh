stub: upstream file of 3046 bytes
