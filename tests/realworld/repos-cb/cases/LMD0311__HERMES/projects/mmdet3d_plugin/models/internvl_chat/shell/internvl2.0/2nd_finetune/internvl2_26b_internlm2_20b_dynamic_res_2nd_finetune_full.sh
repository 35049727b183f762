stub: upstream file of 1876 bytes
