stub: upstream file of 20599 bytes
