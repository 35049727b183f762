stub: upstream file of 895 bytes
