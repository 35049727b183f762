stub: upstream file of 17084 bytes
