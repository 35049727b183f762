stub: upstream file of 12049 bytes
