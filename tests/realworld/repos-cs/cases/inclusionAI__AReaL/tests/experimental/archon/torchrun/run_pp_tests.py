stub: upstream file of 30508 bytes
