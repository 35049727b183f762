stub: upstream file of 1593 bytes
