stub: upstream file of 15874 bytes
