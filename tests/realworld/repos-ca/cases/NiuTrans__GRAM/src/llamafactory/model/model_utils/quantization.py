stub: upstream file of 9334 bytes
