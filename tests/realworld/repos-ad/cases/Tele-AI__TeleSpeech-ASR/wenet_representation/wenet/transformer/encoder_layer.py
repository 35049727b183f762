stub: upstream file of 10738 bytes
