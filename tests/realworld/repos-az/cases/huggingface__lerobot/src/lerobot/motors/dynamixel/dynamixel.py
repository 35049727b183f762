stub: upstream file of 11337 bytes
