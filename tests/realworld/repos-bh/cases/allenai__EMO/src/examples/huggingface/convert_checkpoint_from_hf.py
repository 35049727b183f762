stub: upstream file of 27495 bytes
