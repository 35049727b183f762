stub: upstream file of 22920 bytes
