stub: upstream file of 9701 bytes
