stub: upstream file of 32511 bytes
