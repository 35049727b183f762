stub: upstream file of 16635 bytes
