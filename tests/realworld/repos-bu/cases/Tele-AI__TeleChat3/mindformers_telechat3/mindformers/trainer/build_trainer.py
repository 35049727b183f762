stub: upstream file of 4067 bytes
