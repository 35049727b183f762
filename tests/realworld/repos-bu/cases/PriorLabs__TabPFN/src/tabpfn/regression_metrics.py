stub: upstream file of 4789 bytes
