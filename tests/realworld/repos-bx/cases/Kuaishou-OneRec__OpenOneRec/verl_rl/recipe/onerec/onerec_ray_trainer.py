stub: upstream file of 101818 bytes
