stub: upstream file of 2491 bytes
