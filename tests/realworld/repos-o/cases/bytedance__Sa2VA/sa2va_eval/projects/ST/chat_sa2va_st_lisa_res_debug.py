stub: upstream file of 10530 bytes
