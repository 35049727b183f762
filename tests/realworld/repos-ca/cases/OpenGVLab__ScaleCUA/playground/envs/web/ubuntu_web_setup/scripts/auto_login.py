stub: upstream file of 5389 bytes
