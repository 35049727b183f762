stub: upstream file of 7569 bytes
