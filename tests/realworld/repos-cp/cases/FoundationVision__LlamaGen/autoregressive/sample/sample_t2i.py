stub: upstream file of 7159 bytes
