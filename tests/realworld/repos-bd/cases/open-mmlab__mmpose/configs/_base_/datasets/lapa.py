stub: upstream file of 10825 bytes
