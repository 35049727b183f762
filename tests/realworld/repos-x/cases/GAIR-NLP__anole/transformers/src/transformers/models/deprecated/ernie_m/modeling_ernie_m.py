stub: upstream file of 47028 bytes
