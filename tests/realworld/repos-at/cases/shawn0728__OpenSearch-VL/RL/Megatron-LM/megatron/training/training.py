stub: upstream file of 111925 bytes
