stub: upstream file of 9046 bytes
