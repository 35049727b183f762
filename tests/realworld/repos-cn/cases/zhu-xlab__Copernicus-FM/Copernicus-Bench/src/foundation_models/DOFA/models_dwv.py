stub: upstream file of 5124 bytes
