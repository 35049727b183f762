stub: upstream file of 7741 bytes
