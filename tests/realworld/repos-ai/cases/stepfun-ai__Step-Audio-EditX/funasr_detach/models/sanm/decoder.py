stub: upstream file of 18881 bytes
