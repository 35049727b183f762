stub: upstream file of 3697 bytes
