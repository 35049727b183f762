stub: upstream file of 8871 bytes
