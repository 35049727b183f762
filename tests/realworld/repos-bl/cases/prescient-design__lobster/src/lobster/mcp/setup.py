stub: upstream file of 9028 bytes
