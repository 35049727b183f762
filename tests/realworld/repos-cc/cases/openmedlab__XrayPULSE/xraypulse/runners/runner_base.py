stub: upstream file of 24701 bytes
