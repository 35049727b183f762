stub: upstream file of 4818 bytes
