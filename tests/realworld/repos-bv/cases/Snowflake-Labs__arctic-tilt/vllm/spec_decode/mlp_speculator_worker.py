stub: upstream file of 3737 bytes
