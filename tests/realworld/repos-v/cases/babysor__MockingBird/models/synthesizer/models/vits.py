stub: upstream file of 19198 bytes
