stub: upstream file of 18813 bytes
