stub: upstream file of 15599 bytes
