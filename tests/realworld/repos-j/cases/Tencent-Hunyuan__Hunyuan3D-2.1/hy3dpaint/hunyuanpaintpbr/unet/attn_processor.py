stub: upstream file of 35104 bytes
