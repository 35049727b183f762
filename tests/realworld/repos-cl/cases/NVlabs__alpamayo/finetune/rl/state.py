stub: upstream file of 7667 bytes
