stub: upstream file of 5956 bytes
