stub: upstream file of 5047 bytes
