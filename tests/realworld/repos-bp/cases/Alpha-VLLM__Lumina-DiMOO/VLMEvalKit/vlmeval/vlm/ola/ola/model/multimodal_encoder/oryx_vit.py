stub: upstream file of 36632 bytes
