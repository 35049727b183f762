stub: upstream file of 43814 bytes
