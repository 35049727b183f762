stub: upstream file of 988 bytes
