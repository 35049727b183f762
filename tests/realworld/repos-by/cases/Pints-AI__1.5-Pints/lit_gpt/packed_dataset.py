stub: upstream file of 9826 bytes
