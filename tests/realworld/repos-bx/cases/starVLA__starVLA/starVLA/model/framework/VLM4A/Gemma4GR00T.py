stub: upstream file of 4774 bytes
