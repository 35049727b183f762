stub: upstream file of 17809 bytes
