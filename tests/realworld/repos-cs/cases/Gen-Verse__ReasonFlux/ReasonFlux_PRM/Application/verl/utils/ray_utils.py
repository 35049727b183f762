stub: upstream file of 3842 bytes
