stub: upstream file of 31049 bytes
