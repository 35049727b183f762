stub: upstream file of 7879 bytes
