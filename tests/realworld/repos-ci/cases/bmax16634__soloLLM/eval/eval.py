stub: upstream file of 10851 bytes
