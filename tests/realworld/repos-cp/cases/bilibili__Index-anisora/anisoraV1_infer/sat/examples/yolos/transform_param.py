stub: upstream file of 3929 bytes
