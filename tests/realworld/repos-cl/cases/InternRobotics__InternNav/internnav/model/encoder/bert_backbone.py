stub: upstream file of 36500 bytes
