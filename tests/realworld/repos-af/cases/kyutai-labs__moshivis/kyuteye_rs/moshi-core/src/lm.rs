stub: upstream file of 22933 bytes
