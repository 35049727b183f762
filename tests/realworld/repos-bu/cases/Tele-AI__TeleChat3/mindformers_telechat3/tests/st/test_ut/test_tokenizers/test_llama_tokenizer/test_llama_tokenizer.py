stub: upstream file of 5971 bytes
