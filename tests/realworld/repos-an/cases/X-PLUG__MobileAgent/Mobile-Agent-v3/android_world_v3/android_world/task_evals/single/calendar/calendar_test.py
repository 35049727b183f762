stub: upstream file of 8186 bytes
