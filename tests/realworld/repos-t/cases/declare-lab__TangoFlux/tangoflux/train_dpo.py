stub: upstream file of 20813 bytes
