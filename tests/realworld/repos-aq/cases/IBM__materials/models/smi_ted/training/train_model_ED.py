stub: upstream file of 2541 bytes
