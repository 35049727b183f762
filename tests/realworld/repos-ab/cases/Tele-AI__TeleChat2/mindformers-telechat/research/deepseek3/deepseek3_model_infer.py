stub: upstream file of 61688 bytes
