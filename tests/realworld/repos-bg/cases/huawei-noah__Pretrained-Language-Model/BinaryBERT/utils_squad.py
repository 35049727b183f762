stub: upstream file of 36482 bytes
