stub: upstream file of 16310 bytes
