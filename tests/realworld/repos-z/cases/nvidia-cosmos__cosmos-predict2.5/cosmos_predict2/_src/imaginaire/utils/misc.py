stub: upstream file of 24906 bytes
