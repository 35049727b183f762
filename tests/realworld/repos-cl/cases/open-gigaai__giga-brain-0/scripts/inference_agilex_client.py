stub: upstream file of 29701 bytes
