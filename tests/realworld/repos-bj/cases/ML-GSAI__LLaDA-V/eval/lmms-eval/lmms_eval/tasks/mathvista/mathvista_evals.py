stub: upstream file of 23738 bytes
