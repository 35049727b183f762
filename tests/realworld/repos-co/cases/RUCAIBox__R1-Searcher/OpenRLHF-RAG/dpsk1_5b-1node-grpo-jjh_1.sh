stub: upstream file of 3117 bytes
