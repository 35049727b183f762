stub: upstream file of 27706 bytes
