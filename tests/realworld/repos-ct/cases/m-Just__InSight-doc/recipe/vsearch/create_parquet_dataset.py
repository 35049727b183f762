stub: upstream file of 37037 bytes
