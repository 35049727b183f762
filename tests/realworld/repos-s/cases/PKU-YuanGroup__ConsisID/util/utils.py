stub: upstream file of 27694 bytes
