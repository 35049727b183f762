stub: upstream file of 11183 bytes
