stub: upstream file of 3631 bytes
