stub: upstream file of 12819 bytes
