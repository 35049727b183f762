stub: upstream file of 25887 bytes
