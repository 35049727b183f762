stub: upstream file of 42768 bytes
