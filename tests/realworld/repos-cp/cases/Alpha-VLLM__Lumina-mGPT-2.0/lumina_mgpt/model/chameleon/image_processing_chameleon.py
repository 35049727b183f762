stub: upstream file of 18113 bytes
