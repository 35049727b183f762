stub: upstream file of 25976 bytes
