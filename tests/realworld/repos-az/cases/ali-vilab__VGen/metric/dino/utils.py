stub: upstream file of 28039 bytes
