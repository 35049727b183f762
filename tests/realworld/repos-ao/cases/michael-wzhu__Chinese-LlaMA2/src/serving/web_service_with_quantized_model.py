stub: upstream file of 19047 bytes
