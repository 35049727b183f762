stub: upstream file of 25697 bytes
