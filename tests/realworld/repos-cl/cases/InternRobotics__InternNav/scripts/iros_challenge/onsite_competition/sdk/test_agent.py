stub: upstream file of 4604 bytes
