stub: upstream file of 26386 bytes
