stub: upstream file of 11863 bytes
