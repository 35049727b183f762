stub: upstream file of 2742 bytes
