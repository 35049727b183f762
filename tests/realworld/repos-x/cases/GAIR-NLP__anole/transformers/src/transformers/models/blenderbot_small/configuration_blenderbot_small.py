stub: upstream file of 18213 bytes
