stub: upstream file of 15826 bytes
