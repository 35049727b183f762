stub: upstream file of 26121 bytes
