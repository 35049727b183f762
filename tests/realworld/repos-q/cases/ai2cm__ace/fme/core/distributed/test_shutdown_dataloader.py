stub: upstream file of 11179 bytes
