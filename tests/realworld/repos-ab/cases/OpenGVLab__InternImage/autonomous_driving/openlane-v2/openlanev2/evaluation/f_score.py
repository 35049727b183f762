stub: upstream file of 19063 bytes
