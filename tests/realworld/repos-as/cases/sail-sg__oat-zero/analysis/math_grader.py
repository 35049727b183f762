stub: upstream file of 29920 bytes
