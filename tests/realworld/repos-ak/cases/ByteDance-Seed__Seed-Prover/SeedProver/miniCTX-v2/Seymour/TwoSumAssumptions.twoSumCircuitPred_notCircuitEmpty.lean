stub: upstream file of 19863 bytes
