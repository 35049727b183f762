stub: upstream file of 33661 bytes
