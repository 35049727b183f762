stub: upstream file of 9166 bytes
