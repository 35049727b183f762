stub: upstream file of 10183 bytes
