stub: upstream file of 5888 bytes
