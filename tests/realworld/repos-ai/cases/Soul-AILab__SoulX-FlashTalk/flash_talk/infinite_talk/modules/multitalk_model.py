stub: upstream file of 24641 bytes
