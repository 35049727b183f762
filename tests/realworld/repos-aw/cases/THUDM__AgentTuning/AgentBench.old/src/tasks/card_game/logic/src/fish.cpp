stub: upstream file of 41938 bytes
