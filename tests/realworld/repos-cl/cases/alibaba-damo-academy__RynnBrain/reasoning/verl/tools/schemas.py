stub: upstream file of 3983 bytes
