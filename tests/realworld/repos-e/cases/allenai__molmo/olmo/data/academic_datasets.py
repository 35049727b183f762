stub: upstream file of 28810 bytes
