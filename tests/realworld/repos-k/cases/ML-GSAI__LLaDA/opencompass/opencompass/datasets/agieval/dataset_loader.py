stub: upstream file of 17030 bytes
