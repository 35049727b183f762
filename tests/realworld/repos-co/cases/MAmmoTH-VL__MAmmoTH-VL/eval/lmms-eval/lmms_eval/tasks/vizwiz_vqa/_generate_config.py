stub: upstream file of 874 bytes
