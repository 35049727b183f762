stub: upstream file of 5819 bytes
