stub: upstream file of 3191 bytes
