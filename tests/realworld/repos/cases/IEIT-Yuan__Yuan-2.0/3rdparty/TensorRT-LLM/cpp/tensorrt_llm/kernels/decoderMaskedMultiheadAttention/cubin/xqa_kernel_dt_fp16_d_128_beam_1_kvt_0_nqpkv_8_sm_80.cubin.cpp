stub: upstream file of 293464 bytes
