stub: upstream file of 10916 bytes
