stub: upstream file of 20360 bytes
