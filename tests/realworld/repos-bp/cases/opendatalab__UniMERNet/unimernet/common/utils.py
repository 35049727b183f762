stub: upstream file of 13802 bytes
