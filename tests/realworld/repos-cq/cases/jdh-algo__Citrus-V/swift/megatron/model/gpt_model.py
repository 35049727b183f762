stub: upstream file of 9794 bytes
