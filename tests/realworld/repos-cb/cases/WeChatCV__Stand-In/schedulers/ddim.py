stub: upstream file of 5604 bytes
