stub: upstream file of 7439 bytes
