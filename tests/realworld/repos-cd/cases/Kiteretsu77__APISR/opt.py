stub: upstream file of 15457 bytes
