stub: upstream file of 116167 bytes
