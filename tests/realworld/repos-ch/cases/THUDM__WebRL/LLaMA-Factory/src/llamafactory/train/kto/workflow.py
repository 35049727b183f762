stub: upstream file of 3727 bytes
