stub: upstream file of 1715 bytes
