stub: upstream file of 9875 bytes
