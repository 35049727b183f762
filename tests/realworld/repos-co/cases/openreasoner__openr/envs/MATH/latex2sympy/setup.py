stub: upstream file of 1682 bytes
