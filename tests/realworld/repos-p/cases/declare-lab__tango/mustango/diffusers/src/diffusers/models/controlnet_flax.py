stub: upstream file of 16225 bytes
