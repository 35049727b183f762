stub: upstream file of 19077 bytes
