stub: upstream file of 22038 bytes
