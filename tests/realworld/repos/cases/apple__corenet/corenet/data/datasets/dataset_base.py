stub: upstream file of 19099 bytes
