stub: upstream file of 25262 bytes
