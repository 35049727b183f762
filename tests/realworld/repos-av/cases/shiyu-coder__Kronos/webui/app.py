stub: upstream file of 30464 bytes
