stub: upstream file of 6728 bytes
