stub: upstream file of 17464 bytes
