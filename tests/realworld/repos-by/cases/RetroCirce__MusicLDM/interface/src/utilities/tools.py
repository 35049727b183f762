stub: upstream file of 18591 bytes
