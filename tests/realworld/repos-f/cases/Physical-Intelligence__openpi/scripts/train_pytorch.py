stub: upstream file of 25938 bytes
