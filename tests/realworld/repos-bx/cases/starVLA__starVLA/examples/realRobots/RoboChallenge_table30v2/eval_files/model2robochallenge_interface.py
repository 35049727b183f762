stub: upstream file of 10714 bytes
