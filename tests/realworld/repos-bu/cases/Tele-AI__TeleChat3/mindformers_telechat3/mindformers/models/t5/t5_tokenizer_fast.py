stub: upstream file of 9892 bytes
