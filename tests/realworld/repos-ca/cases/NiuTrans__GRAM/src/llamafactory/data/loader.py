stub: upstream file of 14039 bytes
