stub: upstream file of 722181 bytes
