stub: upstream file of 9716 bytes
