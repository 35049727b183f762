stub: upstream file of 8843 bytes
