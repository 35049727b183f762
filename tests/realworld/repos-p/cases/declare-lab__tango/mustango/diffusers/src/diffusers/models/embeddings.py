stub: upstream file of 12889 bytes
