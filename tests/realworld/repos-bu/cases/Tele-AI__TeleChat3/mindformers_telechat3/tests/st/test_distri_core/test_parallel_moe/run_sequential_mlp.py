stub: upstream file of 11729 bytes
