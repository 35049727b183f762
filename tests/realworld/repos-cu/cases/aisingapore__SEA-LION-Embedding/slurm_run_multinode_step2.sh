stub: upstream file of 2891 bytes
