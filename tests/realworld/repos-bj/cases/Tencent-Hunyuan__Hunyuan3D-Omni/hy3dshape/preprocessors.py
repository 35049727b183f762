stub: upstream file of 7728 bytes
