stub: upstream file of 19977 bytes
