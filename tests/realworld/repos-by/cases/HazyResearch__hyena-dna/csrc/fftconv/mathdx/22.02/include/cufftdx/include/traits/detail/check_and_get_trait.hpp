stub: upstream file of 20406 bytes
