stub: upstream file of 17863 bytes
