stub: upstream file of 1748 bytes
