stub: upstream file of 3728 bytes
