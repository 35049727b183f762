stub: upstream file of 5788 bytes
