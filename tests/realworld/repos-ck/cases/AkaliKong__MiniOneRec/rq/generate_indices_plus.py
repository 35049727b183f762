stub: upstream file of 5924 bytes
