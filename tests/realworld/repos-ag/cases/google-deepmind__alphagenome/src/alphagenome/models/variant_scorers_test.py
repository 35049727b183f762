stub: upstream file of 30444 bytes
