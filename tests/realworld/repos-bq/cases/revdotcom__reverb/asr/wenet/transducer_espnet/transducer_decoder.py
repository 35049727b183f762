stub: upstream file of 9336 bytes
