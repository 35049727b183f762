stub: upstream file of 1760 bytes
