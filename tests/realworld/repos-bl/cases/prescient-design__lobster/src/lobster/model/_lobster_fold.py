stub: upstream file of 13697 bytes
