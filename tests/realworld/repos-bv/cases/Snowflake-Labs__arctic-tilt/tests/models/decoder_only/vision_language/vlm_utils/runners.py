stub: upstream file of 5516 bytes
