stub: upstream file of 10457 bytes
