stub: upstream file of 34027 bytes
