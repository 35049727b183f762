stub: upstream file of 23787 bytes
