stub: upstream file of 78052 bytes
