stub: upstream file of 29697 bytes
