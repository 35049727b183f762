stub: upstream file of 13888 bytes
