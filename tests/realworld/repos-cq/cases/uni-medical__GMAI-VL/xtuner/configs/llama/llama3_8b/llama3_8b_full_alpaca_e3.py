stub: upstream file of 6694 bytes
