stub: upstream file of 15961 bytes
