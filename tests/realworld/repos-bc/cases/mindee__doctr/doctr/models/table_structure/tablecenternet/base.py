stub: upstream file of 21631 bytes
