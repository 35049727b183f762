stub: upstream file of 56114 bytes
