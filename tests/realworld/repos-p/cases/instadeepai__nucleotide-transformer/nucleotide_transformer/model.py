stub: upstream file of 20113 bytes
