stub: upstream file of 41184 bytes
