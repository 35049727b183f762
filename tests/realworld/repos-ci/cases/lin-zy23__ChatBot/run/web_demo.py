stub: upstream file of 4031 bytes
