stub: upstream file of 28720 bytes
