stub: upstream file of 11437 bytes
