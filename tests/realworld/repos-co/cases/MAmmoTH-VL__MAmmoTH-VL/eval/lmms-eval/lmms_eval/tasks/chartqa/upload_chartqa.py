stub: upstream file of 5365 bytes
