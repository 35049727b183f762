stub: upstream file of 5464 bytes
