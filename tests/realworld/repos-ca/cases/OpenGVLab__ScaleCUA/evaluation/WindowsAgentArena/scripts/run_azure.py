stub: upstream file of 16394 bytes
