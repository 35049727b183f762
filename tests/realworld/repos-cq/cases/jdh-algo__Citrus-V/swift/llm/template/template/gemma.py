stub: upstream file of 9920 bytes
