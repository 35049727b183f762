stub: upstream file of 11816 bytes
