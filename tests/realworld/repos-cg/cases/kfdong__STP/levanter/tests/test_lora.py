stub: upstream file of 10799 bytes
