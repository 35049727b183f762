stub: upstream file of 21955 bytes
