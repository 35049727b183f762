stub: upstream file of 1584 bytes
