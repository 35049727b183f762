stub: upstream file of 14972 bytes
