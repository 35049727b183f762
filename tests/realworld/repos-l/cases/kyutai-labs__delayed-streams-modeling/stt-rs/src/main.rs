stub: upstream file of 9076 bytes
