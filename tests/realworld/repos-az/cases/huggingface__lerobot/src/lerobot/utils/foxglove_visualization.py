stub: upstream file of 27724 bytes
