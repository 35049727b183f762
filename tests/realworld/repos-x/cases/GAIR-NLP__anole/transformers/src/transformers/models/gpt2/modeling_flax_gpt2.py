stub: upstream file of 32014 bytes
