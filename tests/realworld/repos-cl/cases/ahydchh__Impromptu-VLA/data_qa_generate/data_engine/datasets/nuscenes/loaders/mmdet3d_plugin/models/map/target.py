stub: upstream file of 6829 bytes
