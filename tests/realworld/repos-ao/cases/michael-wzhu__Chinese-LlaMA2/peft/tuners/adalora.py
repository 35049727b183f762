stub: upstream file of 29922 bytes
