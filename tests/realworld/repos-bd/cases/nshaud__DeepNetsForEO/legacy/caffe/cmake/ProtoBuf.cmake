stub: upstream file of 3726 bytes
