stub: upstream file of 11985 bytes
