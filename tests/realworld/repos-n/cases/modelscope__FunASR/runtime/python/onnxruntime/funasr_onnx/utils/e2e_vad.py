stub: upstream file of 30014 bytes
