stub: upstream file of 36091 bytes
