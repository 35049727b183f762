stub: upstream file of 17793 bytes
