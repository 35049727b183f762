stub: upstream file of 27323 bytes
