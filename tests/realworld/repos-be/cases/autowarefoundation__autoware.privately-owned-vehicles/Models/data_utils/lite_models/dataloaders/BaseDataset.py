stub: upstream file of 3781 bytes
