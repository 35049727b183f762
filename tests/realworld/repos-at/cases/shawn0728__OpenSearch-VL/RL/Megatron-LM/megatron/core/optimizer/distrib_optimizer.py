stub: upstream file of 110292 bytes
