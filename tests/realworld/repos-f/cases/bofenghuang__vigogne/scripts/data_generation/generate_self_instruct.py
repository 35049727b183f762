stub: upstream file of 15032 bytes
