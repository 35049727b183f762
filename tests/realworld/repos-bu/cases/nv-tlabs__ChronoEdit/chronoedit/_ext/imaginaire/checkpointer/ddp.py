stub: upstream file of 21027 bytes
