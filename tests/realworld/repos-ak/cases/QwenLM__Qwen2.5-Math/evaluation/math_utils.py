stub: upstream file of 10768 bytes
