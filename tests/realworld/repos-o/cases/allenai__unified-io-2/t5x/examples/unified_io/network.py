stub: upstream file of 25874 bytes
