stub: upstream file of 35799 bytes
