stub: upstream file of 87795 bytes
