stub: upstream file of 7902 bytes
