stub: upstream file of 9664 bytes
