stub: upstream file of 22895 bytes
