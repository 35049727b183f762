stub: upstream file of 4197 bytes
