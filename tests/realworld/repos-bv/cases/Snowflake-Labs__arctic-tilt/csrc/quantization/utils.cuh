stub: upstream file of 1843 bytes
