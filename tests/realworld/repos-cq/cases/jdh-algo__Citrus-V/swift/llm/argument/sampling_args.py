stub: upstream file of 2745 bytes
