stub: upstream file of 13662 bytes
