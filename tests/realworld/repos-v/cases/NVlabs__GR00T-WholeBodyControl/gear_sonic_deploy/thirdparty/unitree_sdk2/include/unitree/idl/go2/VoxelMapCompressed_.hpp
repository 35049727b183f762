stub: upstream file of 21949 bytes
