stub: upstream file of 15510 bytes
