stub: upstream file of 36065 bytes
