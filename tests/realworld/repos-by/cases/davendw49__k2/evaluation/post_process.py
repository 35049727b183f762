stub: upstream file of 7854 bytes
