stub: upstream file of 5829 bytes
