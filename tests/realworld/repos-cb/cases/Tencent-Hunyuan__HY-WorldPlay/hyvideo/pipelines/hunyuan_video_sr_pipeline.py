stub: upstream file of 22208 bytes
