stub: upstream file of 242 bytes
