stub: upstream file of 27963 bytes
