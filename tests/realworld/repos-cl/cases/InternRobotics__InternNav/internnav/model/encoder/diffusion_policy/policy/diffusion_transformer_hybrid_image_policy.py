stub: upstream file of 14140 bytes
