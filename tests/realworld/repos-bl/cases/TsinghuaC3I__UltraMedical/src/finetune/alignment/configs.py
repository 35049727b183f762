stub: upstream file of 13910 bytes
