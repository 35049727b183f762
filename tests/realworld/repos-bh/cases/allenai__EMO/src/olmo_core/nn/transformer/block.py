stub: upstream file of 39929 bytes
