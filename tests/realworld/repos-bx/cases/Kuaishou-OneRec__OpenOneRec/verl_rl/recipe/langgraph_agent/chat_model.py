stub: upstream file of 13678 bytes
