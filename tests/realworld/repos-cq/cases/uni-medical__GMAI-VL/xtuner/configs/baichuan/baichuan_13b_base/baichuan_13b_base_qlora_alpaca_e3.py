stub: upstream file of 7093 bytes
