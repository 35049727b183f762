stub: upstream file of 4657 bytes
