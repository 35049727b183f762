stub: upstream file of 6495 bytes
