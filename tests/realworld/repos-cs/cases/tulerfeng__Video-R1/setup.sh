stub: upstream file of 464 bytes
