stub: upstream file of 37590 bytes
