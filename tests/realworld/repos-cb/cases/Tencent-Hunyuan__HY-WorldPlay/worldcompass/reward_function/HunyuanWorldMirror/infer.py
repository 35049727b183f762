stub: upstream file of 24743 bytes
