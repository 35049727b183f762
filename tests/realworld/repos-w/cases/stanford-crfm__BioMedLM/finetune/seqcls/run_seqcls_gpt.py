stub: upstream file of 27857 bytes
