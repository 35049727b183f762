stub: upstream file of 12687 bytes
