stub: upstream file of 3640 bytes
