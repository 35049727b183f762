stub: upstream file of 28893 bytes
