stub: upstream file of 5893 bytes
