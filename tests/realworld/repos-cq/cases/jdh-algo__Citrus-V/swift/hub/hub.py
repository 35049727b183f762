stub: upstream file of 17505 bytes
