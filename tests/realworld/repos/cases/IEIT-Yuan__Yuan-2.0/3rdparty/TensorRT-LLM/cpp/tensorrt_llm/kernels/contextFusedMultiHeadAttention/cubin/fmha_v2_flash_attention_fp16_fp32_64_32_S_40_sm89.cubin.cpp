stub: upstream file of 312595 bytes
