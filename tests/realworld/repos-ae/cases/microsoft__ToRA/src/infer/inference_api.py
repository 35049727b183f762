stub: upstream file of 7603 bytes
