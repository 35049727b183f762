stub: upstream file of 11823 bytes
