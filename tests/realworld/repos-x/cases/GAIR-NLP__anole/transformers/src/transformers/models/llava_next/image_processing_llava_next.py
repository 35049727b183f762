stub: upstream file of 36431 bytes
