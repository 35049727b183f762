stub: upstream file of 4401 bytes
