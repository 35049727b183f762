stub: upstream file of 18883 bytes
