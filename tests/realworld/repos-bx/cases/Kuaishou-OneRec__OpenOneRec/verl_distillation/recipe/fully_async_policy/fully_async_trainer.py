stub: upstream file of 15861 bytes
