stub: upstream file of 2716 bytes
