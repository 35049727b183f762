stub: upstream file of 34952 bytes
