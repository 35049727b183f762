stub: upstream file of 5543 bytes
