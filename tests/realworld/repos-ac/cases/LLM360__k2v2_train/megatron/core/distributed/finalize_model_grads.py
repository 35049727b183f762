stub: upstream file of 13840 bytes
