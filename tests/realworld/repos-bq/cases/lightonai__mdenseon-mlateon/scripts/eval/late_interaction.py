stub: upstream file of 26005 bytes
