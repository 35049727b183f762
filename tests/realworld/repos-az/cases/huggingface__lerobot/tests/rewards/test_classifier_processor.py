stub: upstream file of 11829 bytes
