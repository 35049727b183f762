stub: upstream file of 9791 bytes
