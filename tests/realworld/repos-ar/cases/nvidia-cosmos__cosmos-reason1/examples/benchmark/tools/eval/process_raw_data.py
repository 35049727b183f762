stub: upstream file of 21495 bytes
