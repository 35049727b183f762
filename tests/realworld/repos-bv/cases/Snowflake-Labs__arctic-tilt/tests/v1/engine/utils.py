stub: upstream file of 14843 bytes
