stub: upstream file of 26922 bytes
