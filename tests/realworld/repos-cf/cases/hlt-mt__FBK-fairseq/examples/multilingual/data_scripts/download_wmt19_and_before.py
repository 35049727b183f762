stub: upstream file of 38547 bytes
