stub: upstream file of 17079 bytes
