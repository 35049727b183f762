stub: upstream file of 17114 bytes
