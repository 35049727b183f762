stub: upstream file of 21820 bytes
