stub: upstream file of 25942 bytes
