stub: upstream file of 8605 bytes
