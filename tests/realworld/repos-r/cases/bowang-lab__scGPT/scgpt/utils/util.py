stub: upstream file of 20592 bytes
