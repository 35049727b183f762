stub: upstream file of 4506 bytes
