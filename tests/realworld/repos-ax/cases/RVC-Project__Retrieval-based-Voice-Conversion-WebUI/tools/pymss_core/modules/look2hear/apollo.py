stub: upstream file of 22011 bytes
