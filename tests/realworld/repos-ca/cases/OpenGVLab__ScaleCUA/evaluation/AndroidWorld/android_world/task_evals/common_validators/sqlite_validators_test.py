stub: upstream file of 15816 bytes
