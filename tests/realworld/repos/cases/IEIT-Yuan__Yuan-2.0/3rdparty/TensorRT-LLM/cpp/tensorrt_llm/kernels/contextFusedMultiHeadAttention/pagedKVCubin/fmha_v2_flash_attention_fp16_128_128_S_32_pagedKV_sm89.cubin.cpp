stub: upstream file of 938563 bytes
