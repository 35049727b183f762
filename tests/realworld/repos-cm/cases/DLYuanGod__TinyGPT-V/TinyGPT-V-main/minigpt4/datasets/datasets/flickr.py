stub: upstream file of 4793 bytes
