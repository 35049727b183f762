stub: upstream file of 11838 bytes
