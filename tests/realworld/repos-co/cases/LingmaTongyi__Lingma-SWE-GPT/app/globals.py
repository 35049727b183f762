stub: upstream file of 5044 bytes
