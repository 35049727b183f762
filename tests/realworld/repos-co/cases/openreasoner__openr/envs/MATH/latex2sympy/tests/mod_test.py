stub: upstream file of 3261 bytes
