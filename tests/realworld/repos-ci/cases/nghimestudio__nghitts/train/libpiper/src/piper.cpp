stub: upstream file of 13851 bytes
