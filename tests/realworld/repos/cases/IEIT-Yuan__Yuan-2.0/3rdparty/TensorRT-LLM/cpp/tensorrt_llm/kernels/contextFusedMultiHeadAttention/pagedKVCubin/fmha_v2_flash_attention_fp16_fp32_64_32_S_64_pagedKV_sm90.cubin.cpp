stub: upstream file of 333100 bytes
