stub: upstream file of 11912 bytes
