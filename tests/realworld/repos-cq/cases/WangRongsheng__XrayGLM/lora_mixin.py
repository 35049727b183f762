stub: upstream file of 13473 bytes
