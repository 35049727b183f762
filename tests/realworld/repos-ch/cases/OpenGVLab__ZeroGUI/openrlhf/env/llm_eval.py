stub: upstream file of 13049 bytes
