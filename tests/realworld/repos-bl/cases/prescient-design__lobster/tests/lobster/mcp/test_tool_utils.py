stub: upstream file of 20878 bytes
