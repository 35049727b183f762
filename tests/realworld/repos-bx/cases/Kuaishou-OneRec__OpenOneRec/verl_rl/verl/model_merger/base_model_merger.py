stub: upstream file of 15063 bytes
