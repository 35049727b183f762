stub: upstream file of 14428 bytes
