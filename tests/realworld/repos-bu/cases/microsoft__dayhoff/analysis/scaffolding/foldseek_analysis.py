stub: upstream file of 7819 bytes
