stub: upstream file of 31707 bytes
