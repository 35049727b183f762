stub: upstream file of 5745 bytes
