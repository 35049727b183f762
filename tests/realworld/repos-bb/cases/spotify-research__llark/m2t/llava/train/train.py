stub: upstream file of 9015 bytes
