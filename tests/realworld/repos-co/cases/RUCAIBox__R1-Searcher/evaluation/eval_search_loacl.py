stub: upstream file of 17657 bytes
