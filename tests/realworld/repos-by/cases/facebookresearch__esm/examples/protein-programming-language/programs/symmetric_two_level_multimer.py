stub: upstream file of 1922 bytes
