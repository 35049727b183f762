stub: upstream file of 33310 bytes
