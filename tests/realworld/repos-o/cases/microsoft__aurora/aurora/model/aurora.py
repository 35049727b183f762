stub: upstream file of 38747 bytes
