stub: upstream file of 10208 bytes
