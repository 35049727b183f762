stub: upstream file of 78101 bytes
