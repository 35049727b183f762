stub: upstream file of 19694 bytes
