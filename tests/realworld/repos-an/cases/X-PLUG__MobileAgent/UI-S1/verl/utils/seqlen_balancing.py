stub: upstream file of 12859 bytes
