stub: upstream file of 5824 bytes
