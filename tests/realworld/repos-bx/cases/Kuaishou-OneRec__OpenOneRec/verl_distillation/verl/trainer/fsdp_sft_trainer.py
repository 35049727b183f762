stub: upstream file of 37112 bytes
