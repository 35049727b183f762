stub: upstream file of 5922 bytes
