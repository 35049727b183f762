stub: upstream file of 24942 bytes
