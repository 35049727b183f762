stub: upstream file of 66039 bytes
