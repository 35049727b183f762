stub: upstream file of 9967 bytes
