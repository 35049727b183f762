stub: upstream file of 33258 bytes
