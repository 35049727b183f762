stub: upstream file of 19147 bytes
