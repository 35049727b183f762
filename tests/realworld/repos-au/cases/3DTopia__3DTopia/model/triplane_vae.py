stub: upstream file of 120915 bytes
