stub: upstream file of 10292 bytes
