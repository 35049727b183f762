stub: upstream file of 21793 bytes
