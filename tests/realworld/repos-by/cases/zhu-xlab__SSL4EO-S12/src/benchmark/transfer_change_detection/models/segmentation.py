stub: upstream file of 10639 bytes
