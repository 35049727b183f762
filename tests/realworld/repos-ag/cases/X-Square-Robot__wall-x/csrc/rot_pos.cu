stub: upstream file of 13195 bytes
