stub: upstream file of 9964 bytes
