stub: upstream file of 5037 bytes
