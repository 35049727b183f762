stub: upstream file of 8931 bytes
