stub: upstream file of 5113 bytes
