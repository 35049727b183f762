stub: upstream file of 10674 bytes
