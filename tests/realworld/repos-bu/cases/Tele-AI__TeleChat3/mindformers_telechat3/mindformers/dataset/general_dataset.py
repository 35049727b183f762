stub: upstream file of 2998 bytes
