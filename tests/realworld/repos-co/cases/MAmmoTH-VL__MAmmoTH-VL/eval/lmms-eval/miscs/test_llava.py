stub: upstream file of 962 bytes
