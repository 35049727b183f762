stub: upstream file of 11874 bytes
