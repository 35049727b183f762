stub: upstream file of 5632 bytes
