stub: upstream file of 30728 bytes
