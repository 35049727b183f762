stub: upstream file of 43134 bytes
