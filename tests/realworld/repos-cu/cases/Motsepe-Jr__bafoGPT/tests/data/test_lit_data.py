stub: upstream file of 2186 bytes
