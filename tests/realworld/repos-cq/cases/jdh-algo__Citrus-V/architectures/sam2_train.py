stub: upstream file of 9183 bytes
