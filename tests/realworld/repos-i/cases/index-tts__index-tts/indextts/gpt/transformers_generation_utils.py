stub: upstream file of 253891 bytes
