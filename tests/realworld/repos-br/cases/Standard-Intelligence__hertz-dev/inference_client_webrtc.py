stub: upstream file of 11564 bytes
