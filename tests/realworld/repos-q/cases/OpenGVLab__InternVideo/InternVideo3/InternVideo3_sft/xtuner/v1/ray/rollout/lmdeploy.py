stub: upstream file of 15626 bytes
