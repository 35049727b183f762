stub: upstream file of 6382 bytes
