stub: upstream file of 60658 bytes
