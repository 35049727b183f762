stub: upstream file of 20131 bytes
