stub: upstream file of 9843 bytes
