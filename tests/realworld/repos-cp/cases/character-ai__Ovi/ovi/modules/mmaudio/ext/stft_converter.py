stub: upstream file of 5883 bytes
