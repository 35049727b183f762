stub: upstream file of 19743 bytes
