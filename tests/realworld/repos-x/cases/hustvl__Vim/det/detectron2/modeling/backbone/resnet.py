stub: upstream file of 23658 bytes
