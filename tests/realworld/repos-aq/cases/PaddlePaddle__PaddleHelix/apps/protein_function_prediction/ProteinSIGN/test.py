stub: upstream file of 3182 bytes
