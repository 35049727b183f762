stub: upstream file of 3948 bytes
