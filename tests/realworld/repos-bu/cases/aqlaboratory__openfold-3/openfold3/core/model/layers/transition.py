stub: upstream file of 11826 bytes
