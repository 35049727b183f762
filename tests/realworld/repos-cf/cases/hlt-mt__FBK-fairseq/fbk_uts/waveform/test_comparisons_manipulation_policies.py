stub: upstream file of 7778 bytes
