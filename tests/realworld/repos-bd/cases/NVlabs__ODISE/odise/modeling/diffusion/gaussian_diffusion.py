stub: upstream file of 39758 bytes
