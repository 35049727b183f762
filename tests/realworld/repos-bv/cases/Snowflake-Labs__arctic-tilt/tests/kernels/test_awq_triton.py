stub: upstream file of 5781 bytes
