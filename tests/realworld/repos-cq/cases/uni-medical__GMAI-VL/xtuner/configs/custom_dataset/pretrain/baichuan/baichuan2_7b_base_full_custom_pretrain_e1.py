stub: upstream file of 6334 bytes
