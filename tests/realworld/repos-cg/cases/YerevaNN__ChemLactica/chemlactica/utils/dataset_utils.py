stub: upstream file of 6964 bytes
