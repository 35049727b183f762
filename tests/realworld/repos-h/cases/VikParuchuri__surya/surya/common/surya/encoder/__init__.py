stub: upstream file of 27577 bytes
