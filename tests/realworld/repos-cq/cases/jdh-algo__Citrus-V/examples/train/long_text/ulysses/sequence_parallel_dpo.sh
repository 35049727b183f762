stub: upstream file of 829 bytes
