stub: upstream file of 22051 bytes
