stub: upstream file of 102922 bytes
