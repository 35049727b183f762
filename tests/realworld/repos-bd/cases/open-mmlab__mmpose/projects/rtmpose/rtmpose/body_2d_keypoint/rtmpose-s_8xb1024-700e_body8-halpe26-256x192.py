stub: upstream file of 13685 bytes
