stub: upstream file of 13819 bytes
