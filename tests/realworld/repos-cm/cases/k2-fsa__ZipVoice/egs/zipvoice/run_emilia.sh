stub: upstream file of 6039 bytes
