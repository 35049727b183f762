stub: upstream file of 13194 bytes
