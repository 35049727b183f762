stub: upstream file of 182 bytes
