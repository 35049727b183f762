stub: upstream file of 19015 bytes
