stub: upstream file of 4260 bytes
