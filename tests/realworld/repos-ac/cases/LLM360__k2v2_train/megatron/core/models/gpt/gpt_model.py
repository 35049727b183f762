stub: upstream file of 14707 bytes
