stub: upstream file of 21071 bytes
