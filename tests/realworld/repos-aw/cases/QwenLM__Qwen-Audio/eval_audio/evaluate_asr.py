stub: upstream file of 9077 bytes
