stub: upstream file of 5663 bytes
