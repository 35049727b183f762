stub: upstream file of 69793 bytes
