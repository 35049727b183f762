stub: upstream file of 10879 bytes
