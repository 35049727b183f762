stub: upstream file of 35495 bytes
