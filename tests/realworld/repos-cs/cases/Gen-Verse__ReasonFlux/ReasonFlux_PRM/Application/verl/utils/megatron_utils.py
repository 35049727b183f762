stub: upstream file of 44935 bytes
