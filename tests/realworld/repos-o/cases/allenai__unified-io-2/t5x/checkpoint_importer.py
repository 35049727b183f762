stub: upstream file of 17843 bytes
