stub: upstream file of 28922 bytes
