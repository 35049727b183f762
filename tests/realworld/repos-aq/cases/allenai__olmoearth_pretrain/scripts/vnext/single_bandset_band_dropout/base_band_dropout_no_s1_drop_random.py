stub: upstream file of 14902 bytes
