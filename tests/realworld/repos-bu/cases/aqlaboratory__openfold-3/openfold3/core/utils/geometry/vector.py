stub: upstream file of 7823 bytes
