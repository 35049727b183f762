stub: upstream file of 49688 bytes
