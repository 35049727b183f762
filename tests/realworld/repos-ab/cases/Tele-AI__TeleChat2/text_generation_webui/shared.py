stub: upstream file of 21918 bytes
