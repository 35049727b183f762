stub: upstream file of 16741 bytes
