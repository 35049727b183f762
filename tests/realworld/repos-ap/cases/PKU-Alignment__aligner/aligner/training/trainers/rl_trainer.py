stub: upstream file of 26567 bytes
