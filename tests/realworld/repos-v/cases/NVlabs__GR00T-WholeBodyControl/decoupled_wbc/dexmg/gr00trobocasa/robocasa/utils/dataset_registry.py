stub: upstream file of 17739 bytes
