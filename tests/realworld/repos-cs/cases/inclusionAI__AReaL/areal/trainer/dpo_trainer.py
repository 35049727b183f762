stub: upstream file of 19031 bytes
