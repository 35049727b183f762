stub: upstream file of 30364 bytes
