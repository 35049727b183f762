stub: upstream file of 12416 bytes
