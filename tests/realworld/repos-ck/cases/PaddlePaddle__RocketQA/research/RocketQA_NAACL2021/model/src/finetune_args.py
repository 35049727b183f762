stub: upstream file of 8197 bytes
