stub: upstream file of 11464 bytes
