stub: upstream file of 2495 bytes
