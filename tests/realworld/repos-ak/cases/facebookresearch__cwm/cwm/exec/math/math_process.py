stub: upstream file of 35694 bytes
