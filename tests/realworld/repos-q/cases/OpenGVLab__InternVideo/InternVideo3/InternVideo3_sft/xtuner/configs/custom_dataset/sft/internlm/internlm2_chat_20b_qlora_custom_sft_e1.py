stub: upstream file of 7464 bytes
