stub: upstream file of 21162 bytes
