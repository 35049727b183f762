stub: upstream file of 20915 bytes
