stub: upstream file of 55390 bytes
