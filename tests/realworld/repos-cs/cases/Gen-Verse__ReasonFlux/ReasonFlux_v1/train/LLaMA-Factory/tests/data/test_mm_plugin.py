stub: upstream file of 9660 bytes
