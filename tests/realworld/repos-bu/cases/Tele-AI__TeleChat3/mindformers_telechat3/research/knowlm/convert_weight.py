stub: upstream file of 3408 bytes
