stub: upstream file of 2810 bytes
