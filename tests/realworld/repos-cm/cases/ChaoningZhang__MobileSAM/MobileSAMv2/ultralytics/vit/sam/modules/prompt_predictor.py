stub: upstream file of 11244 bytes
