stub: upstream file of 17011 bytes
