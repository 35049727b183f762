stub: upstream file of 1961 bytes
