stub: upstream file of 333897 bytes
