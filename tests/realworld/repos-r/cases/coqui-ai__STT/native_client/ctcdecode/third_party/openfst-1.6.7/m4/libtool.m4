stub: upstream file of 286793 bytes
