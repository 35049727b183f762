stub: upstream file of 6772 bytes
