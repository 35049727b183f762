stub: upstream file of 5140 bytes
