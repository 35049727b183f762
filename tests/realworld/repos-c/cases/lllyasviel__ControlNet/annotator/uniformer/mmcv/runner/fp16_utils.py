stub: upstream file of 15784 bytes
