stub: upstream file of 894 bytes
