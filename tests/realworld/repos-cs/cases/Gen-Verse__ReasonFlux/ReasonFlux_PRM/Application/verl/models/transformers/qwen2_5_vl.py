stub: upstream file of 7508 bytes
