stub: upstream file of 29352 bytes
