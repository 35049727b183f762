stub: upstream file of 10420 bytes
