stub: upstream file of 18146 bytes
