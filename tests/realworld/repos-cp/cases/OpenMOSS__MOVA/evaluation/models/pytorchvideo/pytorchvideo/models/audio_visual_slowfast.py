stub: upstream file of 17567 bytes
