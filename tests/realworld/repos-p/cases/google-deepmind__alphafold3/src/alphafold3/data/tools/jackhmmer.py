stub: upstream file of 13531 bytes
