stub: upstream file of 54891 bytes
