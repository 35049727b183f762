stub: upstream file of 14844 bytes
