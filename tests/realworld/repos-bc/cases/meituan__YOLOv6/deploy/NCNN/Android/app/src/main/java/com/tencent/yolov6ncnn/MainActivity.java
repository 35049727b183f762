stub: upstream file of 4854 bytes
