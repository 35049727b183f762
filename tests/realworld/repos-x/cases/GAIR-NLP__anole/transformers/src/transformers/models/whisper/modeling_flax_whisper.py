stub: upstream file of 73706 bytes
