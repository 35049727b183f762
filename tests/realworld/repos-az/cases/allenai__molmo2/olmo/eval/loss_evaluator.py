stub: upstream file of 14384 bytes
