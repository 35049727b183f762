stub: upstream file of 22622 bytes
