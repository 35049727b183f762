stub: upstream file of 14995 bytes
