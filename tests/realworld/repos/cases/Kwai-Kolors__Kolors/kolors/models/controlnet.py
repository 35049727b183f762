stub: upstream file of 43854 bytes
