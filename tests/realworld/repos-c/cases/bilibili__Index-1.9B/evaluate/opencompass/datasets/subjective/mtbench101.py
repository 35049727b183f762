stub: upstream file of 32643 bytes
