stub: upstream file of 4636 bytes
