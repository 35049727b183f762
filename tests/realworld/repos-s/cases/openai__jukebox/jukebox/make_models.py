stub: upstream file of 11894 bytes
