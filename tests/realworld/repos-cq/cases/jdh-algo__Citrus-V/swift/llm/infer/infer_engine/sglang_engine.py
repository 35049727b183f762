stub: upstream file of 9144 bytes
