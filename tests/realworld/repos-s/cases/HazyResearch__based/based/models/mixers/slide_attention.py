stub: upstream file of 25997 bytes
