stub: upstream file of 25922 bytes
