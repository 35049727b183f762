stub: upstream file of 6142 bytes
