stub: upstream file of 53204 bytes
