stub: upstream file of 30528 bytes
