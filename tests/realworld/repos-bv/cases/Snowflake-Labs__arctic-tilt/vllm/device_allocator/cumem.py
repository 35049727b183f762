stub: upstream file of 10962 bytes
