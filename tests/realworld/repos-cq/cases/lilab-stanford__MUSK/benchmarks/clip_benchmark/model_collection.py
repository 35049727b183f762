stub: upstream file of 922 bytes
