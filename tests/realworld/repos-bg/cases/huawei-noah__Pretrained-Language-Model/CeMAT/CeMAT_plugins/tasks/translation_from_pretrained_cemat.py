stub: upstream file of 23929 bytes
