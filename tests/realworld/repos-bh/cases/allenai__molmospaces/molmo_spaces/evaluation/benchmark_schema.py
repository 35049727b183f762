stub: upstream file of 22784 bytes
