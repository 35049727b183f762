stub: upstream file of 35898 bytes
