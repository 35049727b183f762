stub: upstream file of 77256 bytes
