stub: upstream file of 18768 bytes
