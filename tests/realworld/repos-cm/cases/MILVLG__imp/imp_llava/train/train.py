stub: upstream file of 52077 bytes
