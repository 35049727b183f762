stub: upstream file of 13829 bytes
