stub: upstream file of 2677 bytes
