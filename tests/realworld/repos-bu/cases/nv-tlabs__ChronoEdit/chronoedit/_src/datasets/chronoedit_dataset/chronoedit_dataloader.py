stub: upstream file of 7844 bytes
