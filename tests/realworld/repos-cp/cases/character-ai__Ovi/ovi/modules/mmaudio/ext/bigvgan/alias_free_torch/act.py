stub: upstream file of 854 bytes
