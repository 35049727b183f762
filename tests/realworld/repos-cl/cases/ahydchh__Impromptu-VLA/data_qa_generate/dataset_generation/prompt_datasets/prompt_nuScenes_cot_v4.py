stub: upstream file of 2647 bytes
