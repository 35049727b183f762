stub: upstream file of 20057 bytes
