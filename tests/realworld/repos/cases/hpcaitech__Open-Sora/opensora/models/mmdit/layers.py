stub: upstream file of 15544 bytes
