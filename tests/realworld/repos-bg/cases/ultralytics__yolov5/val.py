stub: upstream file of 26815 bytes
