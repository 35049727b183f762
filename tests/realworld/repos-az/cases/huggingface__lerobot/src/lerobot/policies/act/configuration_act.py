stub: upstream file of 8697 bytes
