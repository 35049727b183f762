stub: upstream file of 29142 bytes
