stub: upstream file of 30787 bytes
