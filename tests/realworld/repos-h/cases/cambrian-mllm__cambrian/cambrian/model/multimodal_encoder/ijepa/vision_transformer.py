stub: upstream file of 18936 bytes
