stub: upstream file of 11843 bytes
