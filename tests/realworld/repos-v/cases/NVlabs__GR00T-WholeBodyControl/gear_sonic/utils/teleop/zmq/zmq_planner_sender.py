stub: upstream file of 7942 bytes
