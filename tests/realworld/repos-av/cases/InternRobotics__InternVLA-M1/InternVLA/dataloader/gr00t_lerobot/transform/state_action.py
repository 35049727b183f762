stub: upstream file of 26876 bytes
