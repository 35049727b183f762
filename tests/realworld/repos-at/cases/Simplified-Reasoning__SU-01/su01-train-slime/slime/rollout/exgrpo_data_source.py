stub: upstream file of 35524 bytes
