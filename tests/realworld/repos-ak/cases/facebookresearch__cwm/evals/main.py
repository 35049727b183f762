stub: upstream file of 22488 bytes
