stub: upstream file of 21823 bytes
