stub: upstream file of 23831 bytes
