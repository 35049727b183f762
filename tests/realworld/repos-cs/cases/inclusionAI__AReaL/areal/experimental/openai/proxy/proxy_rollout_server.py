stub: upstream file of 37012 bytes
