stub: upstream file of 13039 bytes
