stub: upstream file of 24935 bytes
