stub: upstream file of 9781 bytes
