stub: upstream file of 70793 bytes
