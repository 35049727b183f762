stub: upstream file of 65292 bytes
