stub: upstream file of 88829 bytes
