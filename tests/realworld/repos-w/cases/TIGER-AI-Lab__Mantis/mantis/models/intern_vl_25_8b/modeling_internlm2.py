stub: upstream file of 142390 bytes
