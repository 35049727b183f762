stub: upstream file of 54629 bytes
