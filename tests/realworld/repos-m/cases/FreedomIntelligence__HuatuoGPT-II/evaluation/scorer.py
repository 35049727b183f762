stub: upstream file of 14147 bytes
