stub: upstream file of 47302 bytes
