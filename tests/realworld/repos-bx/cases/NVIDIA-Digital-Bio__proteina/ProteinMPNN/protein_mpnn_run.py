stub: upstream file of 29312 bytes
