stub: upstream file of 15632 bytes
