stub: upstream file of 23894 bytes
