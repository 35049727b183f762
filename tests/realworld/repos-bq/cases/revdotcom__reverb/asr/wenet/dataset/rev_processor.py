stub: upstream file of 19408 bytes
