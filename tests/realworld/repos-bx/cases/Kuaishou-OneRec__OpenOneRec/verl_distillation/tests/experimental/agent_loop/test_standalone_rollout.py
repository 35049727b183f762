stub: upstream file of 5271 bytes
