stub: upstream file of 19213 bytes
