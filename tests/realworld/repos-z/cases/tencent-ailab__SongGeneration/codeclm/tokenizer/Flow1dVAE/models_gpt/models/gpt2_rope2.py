stub: upstream file of 91531 bytes
