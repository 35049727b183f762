stub: upstream file of 31897 bytes
