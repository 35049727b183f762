stub: upstream file of 21968 bytes
