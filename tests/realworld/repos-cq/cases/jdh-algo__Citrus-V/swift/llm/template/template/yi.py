stub: upstream file of 2523 bytes
