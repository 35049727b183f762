stub: upstream file of 33562 bytes
