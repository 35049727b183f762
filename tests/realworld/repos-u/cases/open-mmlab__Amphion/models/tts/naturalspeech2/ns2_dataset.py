stub: upstream file of 18679 bytes
