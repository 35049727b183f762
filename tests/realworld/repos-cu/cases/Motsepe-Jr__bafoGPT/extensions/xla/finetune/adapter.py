stub: upstream file of 11849 bytes
