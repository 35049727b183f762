stub: upstream file of 12201 bytes
