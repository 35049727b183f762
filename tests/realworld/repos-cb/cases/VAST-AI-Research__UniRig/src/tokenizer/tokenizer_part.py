stub: upstream file of 13518 bytes
