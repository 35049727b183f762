stub: upstream file of 44458 bytes
