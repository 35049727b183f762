stub: upstream file of 3799 bytes
