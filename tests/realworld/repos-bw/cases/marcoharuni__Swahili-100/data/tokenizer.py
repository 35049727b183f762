stub: upstream file of 9656 bytes
