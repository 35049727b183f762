stub: upstream file of 10306 bytes
