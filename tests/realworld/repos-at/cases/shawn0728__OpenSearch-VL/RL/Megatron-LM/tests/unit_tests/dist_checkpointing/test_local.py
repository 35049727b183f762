stub: upstream file of 13941 bytes
