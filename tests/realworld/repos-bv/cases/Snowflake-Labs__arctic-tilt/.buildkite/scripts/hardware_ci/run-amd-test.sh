stub: upstream file of 6799 bytes
