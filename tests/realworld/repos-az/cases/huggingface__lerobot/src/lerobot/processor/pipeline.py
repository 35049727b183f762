stub: upstream file of 89183 bytes
