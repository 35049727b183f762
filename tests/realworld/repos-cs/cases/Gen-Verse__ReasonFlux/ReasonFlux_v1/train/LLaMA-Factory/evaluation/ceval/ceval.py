stub: upstream file of 5156 bytes
