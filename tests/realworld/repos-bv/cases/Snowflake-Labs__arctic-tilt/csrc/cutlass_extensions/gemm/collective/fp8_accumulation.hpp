stub: upstream file of 6844 bytes
