stub: upstream file of 11195 bytes
