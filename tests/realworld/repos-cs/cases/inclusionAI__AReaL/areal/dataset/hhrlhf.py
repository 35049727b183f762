stub: upstream file of 2451 bytes
