stub: upstream file of 15701 bytes
