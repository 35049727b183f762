stub: upstream file of 14920 bytes
