stub: upstream file of 11945 bytes
