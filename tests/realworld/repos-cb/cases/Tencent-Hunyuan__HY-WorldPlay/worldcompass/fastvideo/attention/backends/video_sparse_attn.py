stub: upstream file of 9799 bytes
