stub: upstream file of 26614 bytes
