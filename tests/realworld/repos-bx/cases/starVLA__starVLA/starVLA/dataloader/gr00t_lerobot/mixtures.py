stub: upstream file of 19387 bytes
