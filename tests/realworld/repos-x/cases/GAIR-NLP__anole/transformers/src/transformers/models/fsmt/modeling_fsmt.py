stub: upstream file of 58496 bytes
