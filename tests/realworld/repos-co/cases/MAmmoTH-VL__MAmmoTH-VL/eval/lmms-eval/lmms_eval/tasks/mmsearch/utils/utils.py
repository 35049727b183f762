stub: upstream file of 16814 bytes
