stub: upstream file of 28844 bytes
