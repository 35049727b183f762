stub: upstream file of 1605114 bytes
