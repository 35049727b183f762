stub: upstream file of 58046 bytes
