stub: upstream file of 4780 bytes
