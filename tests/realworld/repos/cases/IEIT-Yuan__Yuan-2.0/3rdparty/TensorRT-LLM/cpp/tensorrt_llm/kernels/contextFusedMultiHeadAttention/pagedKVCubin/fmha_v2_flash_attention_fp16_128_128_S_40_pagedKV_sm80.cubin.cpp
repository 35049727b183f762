stub: upstream file of 1041965 bytes
