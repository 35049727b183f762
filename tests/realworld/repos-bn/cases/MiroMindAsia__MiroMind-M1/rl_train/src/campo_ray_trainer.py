stub: upstream file of 17903 bytes
