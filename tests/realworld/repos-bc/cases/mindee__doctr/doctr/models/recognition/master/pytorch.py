stub: upstream file of 12758 bytes
