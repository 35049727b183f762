stub: upstream file of 43647 bytes
