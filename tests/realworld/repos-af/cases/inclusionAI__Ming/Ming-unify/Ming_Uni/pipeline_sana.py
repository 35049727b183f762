stub: upstream file of 47324 bytes
