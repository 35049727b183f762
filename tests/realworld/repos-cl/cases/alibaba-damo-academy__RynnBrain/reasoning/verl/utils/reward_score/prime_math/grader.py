stub: upstream file of 14568 bytes
