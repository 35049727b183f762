stub: upstream file of 24416 bytes
