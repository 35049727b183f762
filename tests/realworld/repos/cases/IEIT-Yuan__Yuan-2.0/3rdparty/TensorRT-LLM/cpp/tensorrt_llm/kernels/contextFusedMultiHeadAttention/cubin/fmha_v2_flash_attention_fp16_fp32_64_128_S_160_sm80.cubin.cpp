stub: upstream file of 960642 bytes
