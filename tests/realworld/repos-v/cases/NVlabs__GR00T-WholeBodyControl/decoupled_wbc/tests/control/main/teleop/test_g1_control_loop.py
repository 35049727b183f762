stub: upstream file of 15988 bytes
