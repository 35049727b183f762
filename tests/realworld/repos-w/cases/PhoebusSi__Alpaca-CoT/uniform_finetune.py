stub: upstream file of 26968 bytes
