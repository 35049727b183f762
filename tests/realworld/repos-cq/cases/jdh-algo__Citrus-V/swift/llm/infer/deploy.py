stub: upstream file of 9823 bytes
