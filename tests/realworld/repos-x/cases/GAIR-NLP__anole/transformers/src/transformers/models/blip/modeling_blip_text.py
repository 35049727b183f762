stub: upstream file of 43931 bytes
