stub: upstream file of 56829 bytes
